package jp.mnledger.kernel.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a command or query needs. A message without it is refused (fail closed): the
 * authorisation interceptors of both sides read it before any handler runs.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Requires {
    Permission value();
}
