package io.yuma.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Hand-written input files shared by the CLI tests. */
final class TestInputs {
    private TestInputs() {
    }

    /** {@code dir/input.json}: n = 2, alpha_stake [1, 2^64-1], no outputs. */
    static Path inputOnlyFile(Path dir) throws IOException {
        Path file = dir.resolve("input.json");
        Files.writeString(file, """
                {"input":{"n":2,"current_block":100,"tempo":10,"activity_cutoff":20,"last_mechanism_step_block":0,
                 "kappa":32767,"bonds_penalty":0,"bonds_moving_average":0,"liquid_alpha":false,"yuma3":true,
                 "alpha_low":0,"alpha_high":0,"alpha_sigmoid_steepness":0,"max_allowed_validators":2,
                 "stake_threshold":0,"owner_uid":null,"tao_weight":0,"rao_emission":0,"commit_reveal":false,
                 "alpha_stake":[1,18446744073709551615],"tao_stake":[0,0],"last_update":[0,0],
                 "block_at_registration":[0,0],"validator_permit":[true,true],"commit_block":[0,0],
                 "weights":[[[1,5]],[]],"bonds":[[],[]]}}
                """);
        return file;
    }
}
