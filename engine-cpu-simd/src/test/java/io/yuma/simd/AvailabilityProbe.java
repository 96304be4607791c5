package io.yuma.simd;

import io.yuma.api.Availability;

/** Prints the SIMD provider's availability in a JVM started with the flags under test. */
final class AvailabilityProbe {
    private AvailabilityProbe() {
    }

    public static void main(String[] args) {
        Availability availability = new SimdEngineProvider().availability();
        System.out.println(availability.available() + " " + availability.reason());
    }
}
