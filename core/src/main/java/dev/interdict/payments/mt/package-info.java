/**
 * SWIFT MT reading: MT103, MT202 and MT202COV (blocks 1-5, party field options A/B/C/D/F/K, sequence B of the cover) into the same model as ISO 20022. Only parsing; no screening here.
 */
package dev.interdict.payments.mt;
