/**
 * What every part of the chain reader shares: {@link io.yuma.chain.ChainException}, the root of
 * its errors, each a sentence a user can act on.
 */
package io.yuma.chain;
