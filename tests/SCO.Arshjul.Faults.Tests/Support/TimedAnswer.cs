namespace SCO.Arshjul.Faults.Tests.Support;

/// <summary>An answer with when its request was sent, on the run's stopwatch.</summary>
internal sealed record TimedAnswer(TimeSpan SentAt, ApiAnswer Answer)
{
    public TimeSpan AnsweredAt => SentAt + Answer.Elapsed;
}
