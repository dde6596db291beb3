namespace SCO.Arshjul.Testing.Graph;

/// <summary>
/// A seeded random mix of faults for <see cref="FakeGraphServer.FaultPolicy"/>: each request independently gets 429
/// with <c>Retry-After</c>, 503 with <c>Retry-After</c>, a lost answer (the server waits past the client's timeout and
/// then does the work all the same) or its normal answer. The seed fixes the sequence of draws; which request gets which
/// draw still depends on the order concurrent requests arrive in.
/// </summary>
/// <param name="seed">Seeds the draws; print it with a failure so the mix can be replayed.</param>
/// <param name="throttled">The share of requests answered 429 <c>TooManyRequests</c>.</param>
/// <param name="unavailable">The share answered 503 <c>ServiceNotAvailable</c>.</param>
/// <param name="timedOut">The share whose answer comes only after <paramref name="answerAfter"/> (real time).</param>
/// <param name="answerAfter">How long a lost answer takes: longer than the client's request timeout.</param>
/// <param name="retryAfterSeconds">The <c>Retry-After</c> of a 429 or 503.</param>
public sealed class FakeFaultMix(int seed, double throttled, double unavailable, double timedOut, TimeSpan answerAfter, int retryAfterSeconds = 1)
{
    private readonly object _lock = new();
    private readonly Random _random = new(seed);
    private int _throttled;
    private int _unavailable;
    private int _timedOut;
    private int _normal;

    /// <summary>How many requests got 429, 503, a lost answer, and their normal answer so far.</summary>
    public (int Throttled, int Unavailable, int TimedOut, int Normal) Counts
    {
        get
        {
            lock (_lock)
            {
                return (_throttled, _unavailable, _timedOut, _normal);
            }
        }
    }

    /// <summary>The next draw: a fault, or null for the normal answer.</summary>
    public FakeResponse? Next()
    {
        lock (_lock)
        {
            var draw = _random.NextDouble();
            if ((draw -= throttled) < 0)
            {
                _throttled++;
                return FakeResponse.TooManyRequests(retryAfterSeconds);
            }

            if ((draw -= unavailable) < 0)
            {
                _unavailable++;
                return FakeResponse.ServiceUnavailable(retryAfterSeconds);
            }

            if (draw - timedOut < 0)
            {
                _timedOut++;
                return FakeResponse.Delay(answerAfter);
            }

            _normal++;
            return null;
        }
    }

    /// <summary>The counts, for a test's output: "429 ×12, 503 ×9, lost answer ×14, normal ×301 (seed 6)".</summary>
    public override string ToString()
    {
        var (t, u, d, n) = Counts;
        return $"429 ×{t}, 503 ×{u}, lost answer ×{d}, normal ×{n} (seed {seed})";
    }
}
