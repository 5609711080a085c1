package jp.mnledger.kernel.company;

/** All companies, in the order they were registered. Access scoping arrives with the access-control issue. */
public record FetchCompaniesQuery() {
}
