package org.tidemark.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Map;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

class SessionKeyDefaultTest {

    @Test
    void withoutAConfiguredKeyTheSessionGetsARandom256BitOneThatLastsAsLongAsTheProcess() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().addDiscoveredSources().build();
        String key = config.getValue(SessionKeyDefault.PROPERTY, String.class);
        assertThat(Base64.getDecoder().decode(key)).hasSize(32);
        assertThat(new SmallRyeConfigBuilder().addDiscoveredSources().build().getValue(SessionKeyDefault.PROPERTY,
                String.class)).isEqualTo(key);
    }

    @Test
    void aConfiguredKeyWinsEvenFromTheLowestConfigFile() {
        // application.properties in the jar is the lowest of Quarkus' own sources (ordinal 250)
        String shared = "a-key-the-team-shares-0123456789";
        SmallRyeConfig config = new SmallRyeConfigBuilder().addDiscoveredSources()
                .withSources(new PropertiesConfigSource(Map.of(SessionKeyDefault.PROPERTY, shared),
                        "application.properties", 250))
                .build();
        assertThat(config.getValue(SessionKeyDefault.PROPERTY, String.class)).isEqualTo(shared);
    }
}
