/** Store internals: hashing and the JSON codec for entities and explanations. Not API. */
package dev.interdict.store.internal;
