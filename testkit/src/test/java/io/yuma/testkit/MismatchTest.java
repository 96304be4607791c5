package io.yuma.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.yuma.api.Difference;
import org.junit.jupiter.api.Test;

/** Names come from vector files: printed, they must stay on one line and say what they hold. */
class MismatchTest {
    private static final String FORGED = "v\nconformance fake: 9 passed, 0 failed\r\t\\\u2028";

    @Test
    void vectorNameIsPrintedEscaped() {
        Mismatch mismatch = new Mismatch(FORGED, "edge", 2, new Difference("dividend", 1, "3", "4"), null, null);
        assertEquals("v\\nconformance fake: 9 passed, 0 failed\\r\\t\\\\\\u2028 epoch 2: dividend[uid 1]: expected 3, got 4",
                mismatch.toString());
    }

    @Test
    void engineErrorNamingTheVectorIsPrintedOnOneLine() {
        Mismatch mismatch = new Mismatch("v", "edge", -1, null, "engine fake threw java.lang.IllegalStateException: a\nb", null);
        assertEquals("v: engine fake threw java.lang.IllegalStateException: a\\nb", mismatch.toString());
    }

    @Test
    void familyIsPrintedEscaped() {
        assertEquals("edge\\nconformance fake: 9 passed, 0 failed: 1 passed, 0 failed",
                new ConformanceReport.FamilyResult("edge\nconformance fake: 9 passed, 0 failed", 1, 0).toString());
    }
}
