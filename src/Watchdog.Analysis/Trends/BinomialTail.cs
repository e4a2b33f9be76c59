namespace Watchdog.Analysis.Trends;

/// <summary>P(X ≤ k) for X ~ Binomial(n, ½), summed exactly in log space, or by the normal approximation for huge n.</summary>
internal static class BinomialTail
{
    /// <summary>Above this n the sum would cost more than a millisecond, and the normal approximation is exact to many digits.</summary>
    public const long ExactUpTo = 1_000_000;

    public static double HalfLowerTail(long n, long k)
    {
        if (k >= n) return 1;
        if (n > ExactUpTo) return NormalLowerTail(n, k);

        // log C(n, j) by the recurrence C(n, j+1) = C(n, j)·(n − j)/(j + 1), summed with log-sum-exp.
        double logTerm = 0, logSum = 0;
        for (long j = 1; j <= k; j++)
        {
            logTerm += Math.Log(n - j + 1) - Math.Log(j);
            logSum = LogAdd(logSum, logTerm);
        }
        return Math.Min(1, Math.Exp(logSum - n * Math.Log(2)));
    }

    private static double LogAdd(double a, double b) => Math.Max(a, b) + Math.Log(1 + Math.Exp(-Math.Abs(a - b)));

    // Continuity-corrected normal approximation, with the complementary error function by Numerical Recipes' erfc (error < 1.2e-7).
    private static double NormalLowerTail(long n, long k)
    {
        var z = (k + 0.5 - n / 2.0) / Math.Sqrt(n / 4.0);
        return 0.5 * Erfc(-z / Math.Sqrt(2));
    }

    private static double Erfc(double x)
    {
        var z = Math.Abs(x);
        var t = 1 / (1 + 0.5 * z);
        var r = t * Math.Exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
            + t * (0.27886807 + t * (-1.13520398 + t * (1.48851632 + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
