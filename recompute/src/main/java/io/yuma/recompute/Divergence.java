package io.yuma.recompute;

/**
 * One value where a computed epoch differs from the recorded one.
 *
 * @param field the output field, as FORMAT.md names it ({@code n} when the sizes differ); in a
 *     subnet epoch placed as {@code mechanism_emission[m]}, {@code mechanisms[m].FIELD} or
 *     {@code subnet.FIELD} ({@code mechanisms} when the mechanism counts differ)
 * @param uid the uid, or -1 for the field as a whole
 * @param recorded the recorded value, printed (u64 unsigned, bonds rows as {@code col:value} pairs)
 * @param computed the computed value, printed the same way
 */
record Divergence(String field, int uid, String recorded, String computed) {
}
