using System.Runtime.InteropServices;

namespace Mednum49.Knowledge.Benchmarks;

/// <summary>
/// The CPU time of the calling thread (Linux: <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>), so the benchmark can say
/// what a turn costs even on a machine other processes keep busy, where wall-clock percentiles mostly measure waiting
/// for a core. Elsewhere <see cref="IsAvailable"/> is false.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ClockThreadCpuTime = 3;

    public static bool IsAvailable { get; } = OperatingSystem.IsLinux() && TryNow(out _);

    /// <summary>Nanoseconds of CPU the thread has used; 0 where not available.</summary>
    public static long Now() => IsAvailable && TryNow(out var nanoseconds) ? nanoseconds : 0;

    private static bool TryNow(out long nanoseconds)
    {
        nanoseconds = 0;
        try
        {
            if (ClockGetTime(ClockThreadCpuTime, out var time) != 0)
            {
                return false;
            }

            nanoseconds = (time.Seconds * 1_000_000_000) + time.Nanoseconds;
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
