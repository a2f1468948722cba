package dev.relive.guard;

import dev.relive.compile.CompileResult;
import dev.relive.compile.SketchCompiler;
import dev.relive.compile.SourceSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Where the weaver puts stop checks: method entries and back edges, but not the back edges of counted loops. */
class GuardWeaverTest {

    static final SketchCompiler COMPILER = new SketchCompiler();

    @AfterAll
    static void close() {
        COMPILER.close();
    }

    /** Guard.check() calls per method of {@code body} compiled into class {@code T}, after weaving. */
    private static Map<String, Integer> checks(String body) {
        CompileResult result = COMPILER.compile(SourceSet.of(Map.of("T.java", "class T { int[] f = new int[9]; " + body + " }")),
                SourceSet.EMPTY, CompileResult.NONE);
        assertEquals(true, result.ok(), result.diagnostics().toString());
        Map<String, Integer> counts = new HashMap<>();
        calls(GuardWeaver.weave(result.classes().get("T")), (method, call) -> {
            if (call.equals("dev/relive/api/Guard.check")) {
                counts.merge(method, 1, Integer::sum);
            }
        });
        return counts;
    }

    /** Reports every call instruction of a class as (calling method, owner.name). */
    private static void calls(byte[] classBytes, java.util.function.BiConsumer<String, String> sink) {
        new ClassReader(classBytes).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitMethodInsn(int opcode, String owner, String method, String desc, boolean itf) {
                        sink.accept(name, owner + "." + method);
                    }
                };
            }
        }, 0);
    }

    @Test
    void anEndlessLoopIsCheckedOnEveryIteration() {
        assertEquals(2, checks("void m() { int x = 0; while (true) { x++; } }").get("m"));
    }

    @Test
    void shortCountedLoopsOverSmallConstantsAndArrayLengthsAreNotCheckedInside() {
        assertEquals(1, checks("void m(int[] a) { for (int i = 0; i < a.length; i++) a[i]++;"
                + " for (int i = 9; i >= 0; i--) a[0]++; for (int i = 0; i < f.length; i += 2) f[i] = i; for (int i = 0; i < 1000; i++) a[0]++; }").get("m"));
    }

    @Test
    void countedLoopsUpToAVariableOrAHugeConstantOrWithALoopInsideAreChecked() {
        assertEquals(1 + 1, checks("void m(int n) { long x = 0; for (int i = 0; i < n; i++) x++; }").get("m"));
        assertEquals(1 + 1, checks("void m() { long x = 0; for (int i = 0; i < 2000000000; i++) x++; }").get("m"));
        assertEquals(1 + 1, checks("void m(int n) { long x = 0; for (int i = n; i >= 0; i--) x++; }").get("m"));
        assertEquals(1 + 1, checks("void m() { long x = 0; for (int i = 0; i < 1000; i++) for (int j = 0; j < 1000; j++) x++; }").get("m"),
                "the outer loop of two short ones is checked, so the pair can be stopped");
    }

    @Test
    void aHandlerThatCanCatchTheStopChecksAgainSoTheStopCannotBeSwallowed() {
        assertEquals(1 + 1, checks("void m() { try { m(); } catch (Throwable t) { } }").get("m"));
        assertEquals(1 + 1, checks("void m() { try { m(); } catch (Error e) { } }").get("m"));
        assertEquals(1, checks("void m() { try { Thread.sleep(1); } catch (InterruptedException e) { } }").get("m"),
                "a clean-up on interrupt still runs");
    }

    @Test
    void aShortCountedLoopThatCallsAnythingIsChecked() {
        assertEquals(1 + 1, checks("void m() { for (int i = 0; i < 1000; i++) Thread.yield(); }").get("m"));
    }

    @Test
    void aLoopWhoseBodyWritesItsCounterOrWhoseBoundIsACallIsChecked() {
        assertEquals(3, checks("void m(java.util.List<Integer> xs) { for (int i = 0; i < 10; i++) { i = 0; }"
                + " for (int i = 0; i < xs.size(); i++) xs.add(i); }").get("m"));
    }

    @Test
    void exitCallsAreSentToTheGuard() {
        CompileResult result = COMPILER.compile(SourceSet.of(Map.of("T.java",
                "class T { void m() { System.exit(1); Runtime.getRuntime().halt(2); } }")), SourceSet.EMPTY, CompileResult.NONE);
        Map<String, Integer> calls = new HashMap<>();
        calls(GuardWeaver.weave(result.classes().get("T")), (method, call) -> calls.merge(call, 1, Integer::sum));
        assertEquals(1, calls.get("dev/relive/api/Guard.exit"));
        assertEquals(1, calls.get("dev/relive/api/Guard.halt"));
        assertEquals(null, calls.get("java/lang/System.exit"));
    }

    @Test
    void aClassFileNewerThanTheWeaverReadsIsAClearLinkageErrorNamingTheRelease() {
        CompileResult result = COMPILER.compile(SourceSet.of(Map.of("T.java", "class T {}")), SourceSet.EMPTY, CompileResult.NONE);
        byte[] bytes = result.classes().get("T").clone();
        bytes[6] = (byte) (1044 >> 8);
        bytes[7] = (byte) 1044;
        UnsupportedClassVersionError error = assertThrows(UnsupportedClassVersionError.class, () -> GuardWeaver.weave(bytes));
        assertEquals("the guard weaver cannot read class files of Java 1000 (version 1044)", error.getMessage());
    }
}
