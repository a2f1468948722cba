package dev.relive.guard;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Recognises the back edge of a short counted loop, such as {@code for (int i = 0; i < a.length; i++)}, which
 * always ends soon: an int counter stepped by a constant at the end of the body, tested at the top against a bound
 * that the body cannot change and that is small (a constant up to {@value #SHORT}, or an array's length, which
 * memory bounds), started at such a constant, never written in the body, and a body with no loop and no call inside. Such loops need no stop check of their
 * own: a check on every iteration would keep the JIT from unrolling and vectorising them (doubling the time of tight
 * array loops), and the loop that encloses them, and every method they call, is still checked. A loop up to a
 * variable or a large constant, and any loop with another loop inside, keeps its check, so nested loops with huge
 * bounds can still be stopped.
 */
final class CountedLoops {

    /** The largest constant bound of a loop that goes unchecked. */
    static final int SHORT = 1 << 16;

    private CountedLoops() {
    }

    /** Whether {@code backEdge}, a {@code goto} to an earlier label, closes a counted loop. */
    static boolean isCountedLoop(InsnList insns, JumpInsnNode backEdge) {
        if (backEdge.getOpcode() != Opcodes.GOTO) {
            return false;
        }
        AbstractInsnNode step = previousReal(backEdge);
        if (!(step instanceof IincInsnNode iinc) || iinc.incr == 0) {
            return false;
        }
        int counter = iinc.var;
        List<AbstractInsnNode> test = new ArrayList<>();
        AbstractInsnNode insn = nextReal(backEdge.label);
        while (insn != null && !(insn instanceof JumpInsnNode) && test.size() < 5) {
            test.add(insn);
            insn = nextReal(insn);
        }
        if (!(insn instanceof JumpInsnNode exit) || !exitsPast(insns, exit, backEdge)) {
            return false;
        }
        if (test.isEmpty() || !(test.get(0) instanceof VarInsnNode load) || load.getOpcode() != Opcodes.ILOAD || load.var != counter) {
            return false;
        }
        List<AbstractInsnNode> bound = test.subList(1, test.size());
        boolean upward = iinc.incr > 0 && exit.getOpcode() == Opcodes.IF_ICMPGE;
        boolean downToZero = iinc.incr < 0 && bound.isEmpty() && exit.getOpcode() == Opcodes.IFLT;
        boolean downward = iinc.incr < 0 && exit.getOpcode() == Opcodes.IF_ICMPLT;
        if (!(upward && isFixedBound(bound) || downward && isFixedBound(bound) || downToZero)) {
            return false;
        }
        return startsSmall(backEdge.label, counter) && !writesInBody(exit, iinc, counter, bound)
                && !hasInnerLoop(insns, backEdge);
    }

    /** Whether the counter is set to a small constant right before the loop's head, so the loop's length is known. */
    private static boolean startsSmall(AbstractInsnNode head, int counter) {
        AbstractInsnNode store = previousReal(head);
        if (!(store instanceof VarInsnNode v) || v.getOpcode() != Opcodes.ISTORE || v.var != counter) {
            return false;
        }
        return isSmallConstant(previousReal(store));
    }

    private static boolean isSmallConstant(AbstractInsnNode b) {
        if (b == null) {
            return false;
        }
        int op = b.getOpcode();
        return op >= Opcodes.ICONST_M1 && op <= Opcodes.ICONST_5
                || b instanceof IntInsnNode && (op == Opcodes.BIPUSH || op == Opcodes.SIPUSH)
                || b instanceof LdcInsnNode ldc && ldc.cst instanceof Integer i && Math.abs((long) i) <= SHORT;
    }

    /** Whether the body between the loop's head and {@code backEdge} loops, branches back or calls anything. */
    private static boolean hasInnerLoop(InsnList insns, JumpInsnNode backEdge) {
        int head = insns.indexOf(backEdge.label);
        for (AbstractInsnNode insn = backEdge.label.getNext(); insn != null && insn != backEdge; insn = insn.getNext()) {
            if (insn instanceof JumpInsnNode jump && insns.indexOf(jump.label) < insns.indexOf(insn)
                    && insns.indexOf(jump.label) >= head) {
                return true;
            }
            if (insn instanceof org.objectweb.asm.tree.TableSwitchInsnNode || insn instanceof org.objectweb.asm.tree.LookupSwitchInsnNode) {
                return true; // a switch may jump back; rare enough in tight loops to keep the check
            }
            if (insn instanceof org.objectweb.asm.tree.MethodInsnNode || insn instanceof org.objectweb.asm.tree.InvokeDynamicInsnNode) {
                return true; // a JDK call may block (Thread.sleep) and has no check of its own
            }
        }
        return false;
    }

    /** A small bound the loop cannot move: an int constant up to {@link #SHORT}, or the length of an array in a local or field. */
    private static boolean isFixedBound(List<AbstractInsnNode> bound) {
        if (bound.size() == 1) {
            return isSmallConstant(bound.get(0));
        }
        if (bound.size() == 2 && bound.get(1).getOpcode() == Opcodes.ARRAYLENGTH) {
            int op = bound.get(0).getOpcode();
            return op == Opcodes.ALOAD || op == Opcodes.GETSTATIC;
        }
        if (bound.size() == 3 && bound.get(2).getOpcode() == Opcodes.ARRAYLENGTH) {
            return bound.get(0).getOpcode() == Opcodes.ALOAD && bound.get(1) instanceof FieldInsnNode f
                    && f.getOpcode() == Opcodes.GETFIELD;
        }
        return false;
    }

    /** Whether the body stores the counter or a local the bound reads (its own final step aside). */
    private static boolean writesInBody(AbstractInsnNode from, IincInsnNode step, int counter, List<AbstractInsnNode> bound) {
        int boundLocal = bound.isEmpty() || !(bound.get(0) instanceof VarInsnNode v) ? -1 : v.var;
        for (AbstractInsnNode insn = from.getNext(); insn != null && insn != step; insn = insn.getNext()) {
            if (insn instanceof IincInsnNode i && (i.var == counter || i.var == boundLocal)) {
                return true;
            }
            if (insn instanceof VarInsnNode v && isStore(v.getOpcode()) && (v.var == counter || v.var == boundLocal)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isStore(int opcode) {
        return opcode >= Opcodes.ISTORE && opcode <= Opcodes.ASTORE;
    }

    /** Whether the loop test's jump leaves the loop: it goes to a label after the back edge. */
    private static boolean exitsPast(InsnList insns, JumpInsnNode exit, JumpInsnNode backEdge) {
        return insns.indexOf(exit.label) > insns.indexOf(backEdge);
    }

    private static AbstractInsnNode nextReal(AbstractInsnNode insn) {
        AbstractInsnNode next = insn.getNext();
        while (next != null && next.getOpcode() < 0) {
            next = next.getNext();
        }
        return next;
    }

    private static AbstractInsnNode previousReal(AbstractInsnNode insn) {
        AbstractInsnNode previous = insn.getPrevious();
        while (previous != null && previous.getOpcode() < 0) {
            previous = previous.getPrevious();
        }
        return previous;
    }
}
