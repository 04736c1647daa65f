package org.tidemark.export;

import org.tidemark.domain.PortRole;

/** A registered port and where it is (WGS 84). */
record ExportedPort(long id, String name, String locode, String country, double latitude, double longitude,
                    PortRole role) {
}
