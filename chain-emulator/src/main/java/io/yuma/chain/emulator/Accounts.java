package io.yuma.chain.emulator;

import java.nio.charset.StandardCharsets;

/**
 * Deterministic AccountId32s: Blake2b-256 of a label naming the account's role, netuid and uid,
 * so that every run (and every test reading the emulator) derives the same accounts.
 */
final class Accounts {
    private Accounts() {
    }

    /** {@return the hotkey registered at {@code uid} of subnet {@code netuid}} */
    static byte[] hotkey(int netuid, int uid) {
        return of("hotkey/" + netuid + "/" + uid);
    }

    /** {@return the owner hotkey of a subnet whose owner holds no uid} */
    static byte[] unregisteredOwner(int netuid) {
        return of("owner/" + netuid);
    }

    /** {@return the unregistered parent hotkey that lends stake to {@code uid}} */
    static byte[] parent(int netuid, int uid) {
        return of("parent/" + netuid + "/" + uid);
    }

    /** {@return the unregistered child hotkey that {@code uid} lends stake to} */
    static byte[] child(int netuid, int uid) {
        return of("child/" + netuid + "/" + uid);
    }

    static byte[] of(String label) {
        return Hasher.blake2b(("yuma-chain-emulator/" + label).getBytes(StandardCharsets.UTF_8), 32);
    }
}
