package io.yuma.api;

/**
 * The one index check of the API, so every index error reads the same way and names the index
 * and the size: "subnet 7 out of range: batch holds 3 subnets".
 */
public final class Bounds {
    private Bounds() {
    }

    /**
     * {@return {@code index}, when {@code 0 <= index < size}}
     *
     * @param index the index asked for
     * @param size how many items there are
     * @param item what is indexed, singular ("subnet", "uid", "row")
     * @param holder what holds the items ("batch", "subnet", "weights")
     * @throws IndexOutOfBoundsException otherwise, naming the item, the index, the holder and the size
     */
    public static int check(int index, int size, String item, String holder) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(item + " " + index + " out of range: " + holder + " holds " + size + " "
                    + (size == 1 ? item : plural(item)));
        }
        return index;
    }

    private static String plural(String item) {
        return item.endsWith("y") ? item.substring(0, item.length() - 1) + "ies" : item + "s";
    }
}
