package dev.relive.analysis;

import java.util.List;

/**
 * The overloads of the method or constructor whose argument list holds the caret, and which argument the caret is in.
 *
 * @param signatures every overload, each with its parameters, in declaration order
 * @param argument   0-based index of the argument being typed
 */
public record SignatureHelp(List<Signature> signatures, int argument) {

    /** Copies the list. */
    public SignatureHelp {
        signatures = List.copyOf(signatures);
    }

    /**
     * One overload.
     *
     * @param name       method name, or the class name for a constructor
     * @param parameters each parameter as {@code type name}
     * @param returns    the return type, empty for a constructor
     */
    public record Signature(String name, List<String> parameters, String returns) {

        /** Copies the list. */
        public Signature {
            parameters = List.copyOf(parameters);
        }

        /** Whether {@code argument} can be given to this overload (varargs aside). */
        public boolean accepts(int argument) {
            return argument < parameters.size() || (parameters.isEmpty() && argument == 0);
        }

        /** {@code returns name(params)}. */
        @Override
        public String toString() {
            return (returns.isEmpty() ? "" : returns + " ") + name + "(" + String.join(", ", parameters) + ")";
        }
    }
}
