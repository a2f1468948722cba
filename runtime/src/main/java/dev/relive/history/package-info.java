/**
 * The history of a sketch: every generation, failed ones included, with the live pointer, the cap, purge, and its
 * crash-safe store in the sketch's {@code .relive/} folder.
 *
 * <h2>On-disk format</h2>
 * <pre>
 * .relive/
 *   lock                      held (an operating-system lock) by the one process that has the folder open;
 *                             its text: pid=…, program=… (the Relive runner, the Relive IDE, …), since=…
 *   live                      the live generation's number
 *   generations/N.properties  one per generation: format=2, number, time, status (PENDING, OK, COMPILE_ERROR,
 *                             REJECTED, FAULTED), changed (file names, one a line), liveMillis, revertOf, and per file
 *                             source.&lt;path&gt;=&lt;hash&gt; (UTF-8 source) or raw.&lt;path&gt;=&lt;hash&gt; (bytes that are not
 *                             valid source, such as a Latin-1 file, kept so a revert can never lose them)
 *   objects/ab/cdef…          each distinct file content once, named by its SHA-256 (ab = the first two hex digits)
 *   history/N/meta.properties the format before 2 (with the sources under history/N/src/); still read, never written;
 *                             a generation in generations/ wins over one with the same number here
 * </pre>
 * <ul>
 *   <li><b>Durable before announced.</b> Objects, then the metadata, are each written to a temporary
 *       {@code .relive-*.tmp} file, forced to the disk, renamed into place, and the folder forced. A generation is on
 *       disk before its {@code compiled} event is sent, or the event says {@code durable: false}.</li>
 *   <li><b>Status follows what happened.</b> A change of status (went live, rejected, faulted) rewrites the
 *       metadata the same way. Reopening reruns the folder's code as the latest generation only if that one is OK,
 *       pending or a compile error (which compiles alike again); one that faulted or was rejected stays so, and the rerun is a new generation.</li>
 *   <li><b>Failures.</b> A failed write (disk full, read-only folder) is said once; the generations stay in memory,
 *       are retried every second, and a notice says when the disk has caught up.</li>
 *   <li><b>Reading.</b> A damaged entry (unreadable or truncated metadata, a missing, altered or non-UTF-8 object, a
 *       folder where a file should be, a garbage live pointer) is skipped with a notice naming the file and what is
 *       wrong; the others load, ordered by number. Numbering continues after the highest number on disk, damaged
 *       entries included, so nothing is overwritten. Leftover {@code .tmp} files of interrupted writes are deleted.</li>
 *   <li><b>Cap and purge.</b> The history keeps {@link dev.relive.history.History#DEFAULT_CAP} generations unless the
 *       engine's {@code historyCap} says otherwise; trimming and purge delete the metadata, then every object no
 *       remaining generation names, and trimming says which generations it dropped.</li>
 * </ul>
 */
package dev.relive.history;
