// libcostshare from C# through DllImport (Mono, Debian: mono-mcs and
// mono-runtime; .NET the same): the 2018 cost split by the 2017 populations
// of examples/data/ostergotland-2018.csv, and the 2024 notice dates of
// Linköping. The same program as examples/python, examples/lua,
// examples/node and examples/java; the output is examples/csharp/expected.txt.
//
//   mcs -out:SplitAndNotice.exe SplitAndNotice.cs
//   mono SplitAndNotice.exe [LIBRARY [CSV]]
//
// LIBRARY is the path of libcostshare.so.1, else $COSTSHARE_LIBRARY, else
// libcostshare.so.1 from the system's library path; CSV defaults to
// ../data/ostergotland-2018.csv.

using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

static class Costshare
{
    // DllImport names the SONAME; a library loaded by path first (dlopen
    // below) has that SONAME, so these calls bind to it.
    const string Lib = "libcostshare.so.1";

    // The headers' fixed-width types: int32_t is int, int64_t long,
    // uint32_t uint, size_t UIntPtr, costshare_date int.
    [DllImport(Lib)] public static extern IntPtr costshare_error_message(int code);
    [DllImport(Lib)] public static extern int costshare_constant(string name, out long value);
    [DllImport(Lib)] public static extern int costshare_split(long total, long[] weights,
                                                              UIntPtr count,
                                                              [Out] long[] shares);
    [DllImport(Lib)] public static extern int costshare_date_from_ymd(int year, int month,
                                                                      int day, out int date);
    [DllImport(Lib)] public static extern int costshare_date_format(int date,
                                                                    [Out] byte[] buffer,
                                                                    UIntPtr capacity);
    [DllImport(Lib)] public static extern int costshare_notice_latest(int lastDay, int count,
                                                                      int unit, uint flags,
                                                                      out int latest);
    [DllImport(Lib)] public static extern int costshare_notice_end(int given, int count,
                                                                   int unit, uint flags,
                                                                   out int lastDay);
    [DllImport(Lib)] public static extern int costshare_refund_start(int lastDay,
                                                                     out int first);

    public static string ErrorMessage(int code)
    {
        return Marshal.PtrToStringAnsi(costshare_error_message(code));
    }
}

static class Dl
{
    public const int RTLD_NOW = 2, RTLD_GLOBAL = 0x100;
    [DllImport("libdl.so.2")] public static extern IntPtr dlopen(string file, int mode);
    [DllImport("libdl.so.2")] public static extern IntPtr dlerror();
}

class Failure : Exception
{
    public Failure(string message) : base(message) { }
}

static class SplitAndNotice
{
    const string Usage =
        "Usage: mono SplitAndNotice.exe [LIBRARY [CSV]]\n" +
        "\n" +
        "Prints the 2018 cost of the Östergötland integration coordinator (763945 SEK)\n" +
        "split by the 2017 populations with libcostshare's largest-remainder method,\n" +
        "and Linköping's 2024 notice dates: the latest day to give two months' notice\n" +
        "to be out by 2024-09-30, the last day in force and the refund start.\n" +
        "\n" +
        "LIBRARY is the path of libcostshare.so.1; without it $COSTSHARE_LIBRARY,\n" +
        "else libcostshare.so.1 from the system's library path. CSV is the cost key\n" +
        "(municipality,population,...), by default ../data/ostergotland-2018.csv.\n" +
        "Exit status 0, or 1 with a one-line message on stderr when the library\n" +
        "cannot be loaded, the key cannot be read or a call is refused.\n";

    static void Check(int rc, string what)
    {
        if (rc != 0) throw new Failure(what + ": " + Costshare.ErrorMessage(rc));
    }

    static long Constant(string name)
    {
        long value;
        Check(Costshare.costshare_constant(name, out value), name);
        return value;
    }

    static string Format(int date)
    {
        var text = new byte[Constant("COSTSHARE_DATE_TEXT_SIZE")];
        Check(Costshare.costshare_date_format(date, text, (UIntPtr)text.Length), "date_format");
        return Encoding.ASCII.GetString(text, 0, text.Length - 1);
    }

    static int Main(string[] args)
    {
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
        stdout.NewLine = "\n";
        if (args.Length > 0 && (args[0] == "--help" || args[0] == "-h")) {
            stdout.Write(Usage);
            stdout.Flush();
            return 0;
        }
        string library = args.Length > 0 ? args[0]
                                          : Environment.GetEnvironmentVariable("COSTSHARE_LIBRARY");
        string csv = args.Length > 1 ? args[1] : "../data/ostergotland-2018.csv";
        if (!string.IsNullOrEmpty(library) &&
            Dl.dlopen(library, Dl.RTLD_NOW | Dl.RTLD_GLOBAL) == IntPtr.Zero) {
            Console.Error.WriteLine("split_and_notice: cannot load " + library + ": " +
                                    Marshal.PtrToStringAnsi(Dl.dlerror()));
            return 1;
        }
        try {
            Run(stdout, csv);
        } catch (DllNotFoundException e) {
            Console.Error.WriteLine("split_and_notice: cannot load libcostshare.so.1: " +
                                    e.Message.Replace('\n', ' '));
            return 1;
        } catch (Failure e) {
            Console.Error.WriteLine("split_and_notice: " + e.Message);
            return 1;
        }
        stdout.Flush();
        return 0;
    }

    static void Run(StreamWriter output, string csv)
    {
        string[] lines;
        try {
            lines = File.ReadAllLines(csv, Encoding.UTF8);
        } catch (Exception e) when (e is IOException || e is UnauthorizedAccessException) {
            throw new Failure(csv + ": cannot read: " + e.Message);
        }
        var names = new List<string>();
        var populations = new List<long>();
        bool header = true;
        for (int i = 0; i < lines.Length; i++) {
            string line = lines[i];
            if (line.Length == 0 || line.StartsWith("#")) continue;
            string[] cells = line.Split(',');
            if (header) {
                if (cells.Length < 2 || cells[0] != "municipality" || cells[1] != "population")
                    throw new Failure(csv + ":" + (i + 1) +
                                      ": expected the header municipality,population,...");
                header = false;
                continue;
            }
            long population;
            if (cells.Length < 2 || cells[0].Length == 0 ||
                !long.TryParse(cells[1], out population) || population < 0)
                throw new Failure(csv + ":" + (i + 1) +
                                  ": expected a municipality and a population");
            names.Add(cells[0]);
            populations.Add(population);
        }
        if (names.Count == 0) throw new Failure(csv + ": no municipalities");

        // Everything is computed before anything is printed: a refused call
        // leaves stdout empty.
        var text = new StringBuilder();
        long total = 763945;
        long[] weights = populations.ToArray();
        var shares = new long[weights.Length];
        Check(Costshare.costshare_split(total, weights, (UIntPtr)weights.Length, shares), "split");
        text.Append("2018 cost " + total + " SEK split by the 2017 populations (largest remainder):\n");
        long sum = 0;
        for (int i = 0; i < shares.Length; i++) {
            text.Append(names[i] + ": " + shares[i] + "\n");
            sum += shares[i];
        }
        text.Append("total: " + sum + "\n");

        int months = (int)Constant("COSTSHARE_MONTHS");
        int wanted, latest, lastDay, refund;
        Check(Costshare.costshare_date_from_ymd(2024, 9, 30, out wanted), "date_from_ymd");
        Check(Costshare.costshare_notice_latest(wanted, 2, months, 0, out latest), "notice_latest");
        Check(Costshare.costshare_notice_end(latest, 2, months, 0, out lastDay), "notice_end");
        Check(Costshare.costshare_refund_start(lastDay, out refund), "refund_start");
        text.Append("2024 notice, two months, wanted last day " + Format(wanted) + ":\n");
        text.Append("latest notice day: " + Format(latest) + "\n");
        text.Append("last day in force: " + Format(lastDay) + "\n");
        text.Append("refund start: " + Format(refund) + "\n");
        output.Write(text.ToString());
    }
}
