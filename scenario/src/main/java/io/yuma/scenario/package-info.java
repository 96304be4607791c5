/** Scenarios (SCENARIOS.md). */
package io.yuma.scenario;
