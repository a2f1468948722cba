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
 * Recognises the back edge of a simple counted loop, such as {@code for (int i = 0; i < a.length; i++)}, which
 * always ends: an int counter stepped by a constant at the end of the body, tested at the top against a bound
 * that the body cannot change (a constant, a local it never stores, or an array's length), and never written in
 * the body. Such loops need no stop check of their own: a check on every iteration would keep the JIT from
 * unrolling and vectorising them (doubling the time of tight array loops), and the loop that encloses them, and
 * every method they call, is still checked.
 */
final class CountedLoops {

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
        return !writesInBody(exit, iinc, counter, bound);
    }

    /** A bound the loop cannot move: an int constant, a local int, or the length of an array in a local or field. */
    private static boolean isFixedBound(List<AbstractInsnNode> bound) {
        if (bound.size() == 1) {
            AbstractInsnNode b = bound.get(0);
            int op = b.getOpcode();
            return op >= Opcodes.ICONST_M1 && op <= Opcodes.ICONST_5
                    || b instanceof IntInsnNode && (op == Opcodes.BIPUSH || op == Opcodes.SIPUSH)
                    || b instanceof LdcInsnNode ldc && ldc.cst instanceof Integer
                    || op == Opcodes.ILOAD;
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
