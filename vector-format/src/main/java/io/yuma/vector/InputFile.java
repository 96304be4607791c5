package io.yuma.vector;

import io.yuma.api.EpochInput;
import java.util.List;

/**
 * The inputs of a file in FORMAT.md's layout whose outputs, name and family may be absent: what
 * {@code yuma run} computes from.
 *
 * @param epochs the inputs, in file order
 * @param sequence true when the file holds {@code "epochs": [...]}
 */
public record InputFile(List<EpochInput> epochs, boolean sequence) {
    /** Copies the list. */
    public InputFile {
        epochs = List.copyOf(epochs);
    }
}
