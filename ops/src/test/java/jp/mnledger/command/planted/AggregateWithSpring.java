package jp.mnledger.command.planted;

import org.axonframework.modelling.command.AggregateIdentifier;
import org.springframework.beans.factory.annotation.Autowired;

/** A planted violation for the architecture tests: an aggregate wired by Spring. */
public class AggregateWithSpring {

    @AggregateIdentifier
    String id;

    @Autowired
    Object collaborator;
}
