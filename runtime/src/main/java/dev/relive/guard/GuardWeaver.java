package dev.relive.guard;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites one sketch class: calls {@code dev.relive.api.Guard.check()} at every method entry and before every
 * backward jump (so {@code while (true) {}} can be stopped), except the back edges of simple counted loops
 * ({@link CountedLoops}), and sends {@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt} to the guard
 * instead. The inserted call takes no operands and adds no branch targets, so stack map frames stay valid.
 */
public final class GuardWeaver {

    private static final String GUARD = "dev/relive/api/Guard";

    private GuardWeaver() {
    }

    /**
     * Whether the weaver reads class files that javac writes for Java {@code feature} (17 and up). The answer
     * comes from ASM itself, by asking its reader to open an empty class of that version, so an ASM upgrade
     * moves it without any table to keep current.
     */
    public static boolean reads(int feature) {
        ClassWriter probe = new ClassWriter(0);
        probe.visit(majorVersion(feature), Opcodes.ACC_PUBLIC, "ReleaseProbe", null, "java/lang/Object", null);
        probe.visitEnd();
        try {
            new ClassReader(probe.toByteArray());
            return true;
        } catch (IllegalArgumentException tooNew) {
            return false; // ASM's only way to say "unsupported class file major version"
        }
    }

    /**
     * The guarded bytes of a class.
     *
     * @throws UnsupportedClassVersionError if the class file is newer than the weaver reads
     */
    public static byte[] weave(byte[] classBytes) {
        ClassReader reader = reader(classBytes);
        ClassNode node = new ClassNode();
        reader.accept(node, 0);
        for (MethodNode method : node.methods) {
            if (method.instructions.size() > 0) {
                weave(method.instructions);
            }
        }
        ClassWriter writer = new ClassWriter(reader, 0);
        node.accept(writer);
        return writer.toByteArray();
    }

    private static ClassReader reader(byte[] classBytes) {
        try {
            return new ClassReader(classBytes);
        } catch (IllegalArgumentException e) {
            int major = classBytes.length >= 8 ? ((classBytes[6] & 0xff) << 8) | (classBytes[7] & 0xff) : 0;
            if (major > 44 && !reads(major - 44)) {
                throw new UnsupportedClassVersionError("the guard weaver cannot read class files of Java "
                        + (major - 44) + " (version " + major + ")");
            }
            throw e;
        }
    }

    private static int majorVersion(int feature) {
        return 44 + feature; // Java 1.1 was 45, each feature release since adds one
    }

    private static void weave(InsnList insns) {
        List<AbstractInsnNode> checkBefore = new ArrayList<>();
        for (AbstractInsnNode insn = insns.getFirst(); insn != null; insn = insn.getNext()) {
            if (insn instanceof JumpInsnNode jump && isBackward(insns, insn, jump.label)
                    && !CountedLoops.isCountedLoop(insns, jump)) {
                checkBefore.add(insn);
            } else if (insn instanceof TableSwitchInsnNode t && anyBackward(insns, insn, t.dflt, t.labels)) {
                checkBefore.add(insn);
            } else if (insn instanceof LookupSwitchInsnNode l && anyBackward(insns, insn, l.dflt, l.labels)) {
                checkBefore.add(insn);
            } else if (insn instanceof MethodInsnNode call) {
                redirectExit(call);
            }
        }
        for (AbstractInsnNode insn : checkBefore) {
            insns.insertBefore(insn, check());
        }
        insns.insert(check());
    }

    private static void redirectExit(MethodInsnNode call) {
        if (call.getOpcode() == Opcodes.INVOKESTATIC && call.owner.equals("java/lang/System")
                && call.name.equals("exit") && call.desc.equals("(I)V")) {
            call.owner = GUARD;
        } else if (call.getOpcode() == Opcodes.INVOKEVIRTUAL && call.owner.equals("java/lang/Runtime")
                && (call.name.equals("exit") || call.name.equals("halt")) && call.desc.equals("(I)V")) {
            call.setOpcode(Opcodes.INVOKESTATIC);
            call.owner = GUARD;
            call.desc = "(Ljava/lang/Runtime;I)V";
        }
    }

    private static boolean isBackward(InsnList insns, AbstractInsnNode from, LabelNode to) {
        return insns.indexOf(to) < insns.indexOf(from);
    }

    private static boolean anyBackward(InsnList insns, AbstractInsnNode from, LabelNode dflt, List<LabelNode> labels) {
        return isBackward(insns, from, dflt) || labels.stream().anyMatch(l -> isBackward(insns, from, l));
    }

    private static MethodInsnNode check() {
        return new MethodInsnNode(Opcodes.INVOKESTATIC, GUARD, "check", "()V", false);
    }
}
