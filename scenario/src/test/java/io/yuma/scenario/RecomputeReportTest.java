package io.yuma.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report of a recompute output directory, in headless Chromium. */
class RecomputeReportTest {
    @TempDir
    Path dir;

    @Test
    void drawsEachSubnetWithItsDivergencesMarked() throws Exception {
        StringBuilder results = new StringBuilder("subnet,epoch,uid,active,stake,stake_weight,consensus,"
                + "validator_trust,incentive,dividend,new_validator_permit,server_emission,validator_emission,"
                + "emission\n");
        for (String subnet : new String[] {"\"sn, one\"", "two"}) {
            for (int epoch = 0; epoch < 10; epoch++) {
                for (int uid = 0; uid < 3; uid++) {
                    results.append(subnet).append(',').append(epoch).append(',').append(uid)
                            .append(",true,10,100,0,0,").append(uid == 2 ? 65535 : 0).append(',')
                            .append(uid < 2 ? 30000 + epoch * 100 : 0).append(",true,0,0,0\n");
                }
            }
        }
        Files.writeString(dir.resolve("results.csv"), results);
        Files.writeString(dir.resolve("divergences.csv"), "subnet,epoch,uid,field,recorded,computed\n"
                + "two,4,1,dividend,30400,30401\ntwo,7,1,dividend,30700,30699\n");
        Path report = RecomputeReport.write(dir);
        assertEquals(dir.resolve("report.html"), report);
        String html = Files.readString(report);
        assertTrue(html.indexOf("Subnet two") < html.indexOf("Subnet sn, one"), "divergent subnets come first");
        HeadlessChromium.assertRenders(report, 4);
    }

    @Test
    void aDirectoryWithoutResultsIsRefusedByName() {
        NoSuchFileException missing = assertThrows(NoSuchFileException.class, () -> RecomputeReport.write(dir));
        assertTrue(missing.getMessage().contains("results.csv"), missing.getMessage());
    }

    @Test
    void anotherCsvIsNotARecomputeOutput() throws IOException {
        Files.writeString(dir.resolve("results.csv"), "a,b\n1,2\n");
        IOException wrong = assertThrows(IOException.class, () -> RecomputeReport.write(dir));
        assertTrue(wrong.getMessage().contains("not a recompute output"), wrong.getMessage());
    }
}
