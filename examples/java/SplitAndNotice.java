// libcostshare from Java through JNA (Debian: libjna-java): the 2018 cost
// split by the 2017 populations of examples/data/ostergotland-2018.csv, and
// the 2024 notice dates of Linköping. The same program as examples/python,
// examples/lua, examples/node and examples/csharp; the output is
// examples/java/expected.txt.
//
//   java -cp /usr/share/java/jna.jar SplitAndNotice.java [LIBRARY [CSV]]
//
// Java 11+ runs the source file directly. LIBRARY is the path of
// libcostshare.so.1, else $COSTSHARE_LIBRARY, else libcostshare.so.1 from the
// system's library path; CSV defaults to ../data/ostergotland-2018.csv.

import com.sun.jna.IntegerType;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

public class SplitAndNotice {
    static final String USAGE = String.join("\n",
        "Usage: java SplitAndNotice.java [LIBRARY [CSV]]",
        "",
        "Prints the 2018 cost of the Östergötland integration coordinator (763945 SEK)",
        "split by the 2017 populations with libcostshare's largest-remainder method,",
        "and Linköping's 2024 notice dates: the latest day to give two months' notice",
        "to be out by 2024-09-30, the last day in force and the refund start.",
        "",
        "LIBRARY is the path of libcostshare.so.1; without it $COSTSHARE_LIBRARY,",
        "else libcostshare.so.1 from the system's library path. CSV is the cost key",
        "(municipality,population,...), by default ../data/ostergotland-2018.csv.",
        "Needs JNA on the class path. Exit status 0, or 1 with a one-line message on",
        "stderr when the library cannot be loaded, the key cannot be read or a call",
        "is refused.", "");

    /** size_t, the width of the platform's. */
    public static class SizeT extends IntegerType {
        public SizeT() { this(0); }
        public SizeT(long value) { super(Native.SIZE_T_SIZE, value, true); }
    }

    /** The functions used here, with the headers' fixed-width types: int32_t
     *  is int, int64_t long, uint32_t int (flags), costshare_date int. */
    public interface Costshare extends Library {
        String costshare_error_message(int code);
        int costshare_constant(String name, LongByReference value);
        int costshare_split(long total, long[] weights, SizeT count, long[] shares);
        int costshare_date_from_ymd(int year, int month, int day, IntByReference out);
        int costshare_date_format(int date, byte[] buffer, SizeT capacity);
        int costshare_notice_latest(int lastDay, int count, int unit, int flags,
                                    IntByReference latest);
        int costshare_notice_end(int given, int count, int unit, int flags,
                                 IntByReference lastDay);
        int costshare_refund_start(int lastDay, IntByReference first);
    }

    static class Failure extends Exception {
        Failure(String message) { super(message); }
    }

    static Costshare cs;

    static void check(int rc, String what) throws Failure {
        if (rc != 0) throw new Failure(what + ": " + cs.costshare_error_message(rc));
    }

    static long constant(String name) throws Failure {
        LongByReference value = new LongByReference();
        check(cs.costshare_constant(name, value), name);
        return value.getValue();
    }

    static String format(int date) throws Failure {
        byte[] text = new byte[(int) constant("COSTSHARE_DATE_TEXT_SIZE")];
        check(cs.costshare_date_format(date, text, new SizeT(text.length)), "date_format");
        return new String(text, 0, text.length - 1, StandardCharsets.US_ASCII);
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false,
                                          StandardCharsets.UTF_8);
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.print(USAGE);
            out.flush();
            return;
        }
        String library = args.length > 0 ? args[0] : System.getenv("COSTSHARE_LIBRARY");
        if (library == null || library.isEmpty()) library = "libcostshare.so.1";
        String csv = args.length > 1 ? args[1] : "../data/ostergotland-2018.csv";
        try {
            cs = Native.load(library, Costshare.class);
        } catch (UnsatisfiedLinkError e) {
            System.err.println("split_and_notice: cannot load " + library + ": "
                               + String.join(" ", String.valueOf(e.getMessage()).split("\\s*\n\\s*")));
            System.exit(1);
        }
        try {
            run(out, csv);
        } catch (Failure e) {
            System.err.println("split_and_notice: " + e.getMessage());
            System.exit(1);
        }
        out.flush();
    }

    static void run(PrintStream out, String csv) throws Failure {
        List<String> names = new ArrayList<>();
        List<Long> populations = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(Paths.get(csv), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Failure(csv + ": cannot read: " + e.getMessage());
        }
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#") || line.isEmpty()) continue;
            String[] cells = line.split(",");
            if (header) {
                if (cells.length < 2 || !cells[0].equals("municipality")
                    || !cells[1].equals("population")) {
                    throw new Failure(csv + ":" + (i + 1) + ": expected the header "
                                      + "municipality,population,...");
                }
                header = false;
                continue;
            }
            try {
                if (cells.length < 2 || cells[0].isEmpty()) throw new NumberFormatException();
                long population = Long.parseLong(cells[1]);
                if (population < 0) throw new NumberFormatException();
                names.add(cells[0]);
                populations.add(population);
            } catch (NumberFormatException e) {
                throw new Failure(csv + ":" + (i + 1) + ": expected a municipality and a "
                                  + "population");
            }
        }
        if (names.isEmpty()) throw new Failure(csv + ": no municipalities");

        // Everything is computed before anything is printed: a refused call
        // leaves stdout empty.
        StringBuilder text = new StringBuilder();
        long total = 763945;
        long[] weights = populations.stream().mapToLong(Long::longValue).toArray();
        long[] shares = new long[weights.length];
        check(cs.costshare_split(total, weights, new SizeT(weights.length), shares), "split");
        text.append("2018 cost " + total + " SEK split by the 2017 populations (largest remainder):\n");
        long sum = 0;
        for (int i = 0; i < shares.length; i++) {
            text.append(names.get(i) + ": " + shares[i] + "\n");
            sum += shares[i];
        }
        text.append("total: " + sum + "\n");

        int months = (int) constant("COSTSHARE_MONTHS");
        IntByReference wanted = new IntByReference();
        IntByReference latest = new IntByReference();
        IntByReference lastDay = new IntByReference();
        IntByReference refund = new IntByReference();
        check(cs.costshare_date_from_ymd(2024, 9, 30, wanted), "date_from_ymd");
        check(cs.costshare_notice_latest(wanted.getValue(), 2, months, 0, latest), "notice_latest");
        check(cs.costshare_notice_end(latest.getValue(), 2, months, 0, lastDay), "notice_end");
        check(cs.costshare_refund_start(lastDay.getValue(), refund), "refund_start");
        text.append("2024 notice, two months, wanted last day " + format(wanted.getValue()) + ":\n");
        text.append("latest notice day: " + format(latest.getValue()) + "\n");
        text.append("last day in force: " + format(lastDay.getValue()) + "\n");
        text.append("refund start: " + format(refund.getValue()) + "\n");
        out.print(text);
    }
}
