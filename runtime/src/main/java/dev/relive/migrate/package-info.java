/**
 * State migration: carries the running state of one generation into the classes of the next, field by field,
 * following the rules in runtime/README.md (Migration), and says what it did in a {@link dev.relive.migrate.MigrationReport}.
 */
package dev.relive.migrate;
