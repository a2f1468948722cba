/**
 * State migration: carries the running state of one generation into the classes of the next, field by field, and
 * says what it did in a {@link dev.relive.migrate.MigrationReport}.
 *
 * <p>The rules (runtime/README.md, Migration; the README's "What happens to state on save" is the user's version): a field keeps its running
 * value unless its initializer text was edited, it is {@code @Reset}, or its type changed beyond a widening; new
 * fields take their initializer value; static finals of primitive or {@code String} type are constants and always
 * new. {@link dev.relive.migrate.StateMigrator} applies them to statics and the entry instance;
 * {@code ObjectTranslator} walks everything reachable with an explicit stack, one twin per old object, kept in a
 * {@code TwinTable} sized from the previous migration's count;
 * {@code JdkContainers} rebuilds JDK containers by kind; {@code SketchFunctions} re-creates lambdas from their
 * {@link java.lang.invoke.SerializedLambda}, which {@link dev.relive.load.SerializableLambdas} makes available
 * when a generation's classes are loaded; {@code SketchReflection} looks classes, methods, fields and direct handles
 * up again, and resets a bound or adapted handle that reaches old sketch code. What cannot move is reset and named with a reason, never thrown at the next step.
 *
 * <p>Fields are matched by name. A rename refactoring knows both names, so it hands them over as
 * {@link dev.relive.migrate.FieldRenames} with the save; the migrator and the object walk then match the old name to
 * the new one where that is unambiguous, and the field keeps its value.
 */
package dev.relive.migrate;
