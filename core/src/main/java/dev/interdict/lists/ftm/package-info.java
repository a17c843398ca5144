/**
 * FollowTheMoney JSON lines in and out: {@link dev.interdict.lists.ftm.FtmReader} reads OpenSanctions-style
 * entities into the model, {@link dev.interdict.lists.ftm.FtmWriter} writes the model so that it reads back equal.
 *
 * <p>Only the FtM format lives here: no networking, no OpenSanctions API client, no matching.
 */
package dev.interdict.lists.ftm;
