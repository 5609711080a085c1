package jp.mnledger.kernel.planted;

import org.springframework.jdbc.core.JdbcTemplate;

/** A planted violation for the architecture tests: the shared kernel doing I/O through Spring. */
public class KernelClassUsingSpring {

    JdbcTemplate jdbc;
}
