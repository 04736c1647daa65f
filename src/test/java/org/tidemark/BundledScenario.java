package org.tidemark;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** A test profile that loads the bundled 2024 scenario on start, as the packaged application does. */
public class BundledScenario implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("tidemark.scenario.load-on-first-start", "true");
    }
}
