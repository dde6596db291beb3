using Microsoft.AspNetCore.Http;

namespace SCO.Arshjul.Testing.Graph;

/// <summary>Faults waiting for a request: each goes to the first request its condition accepts, oldest first.</summary>
internal sealed class FakeFaultQueue
{
    private readonly object _lock = new();
    private readonly List<(FakeResponse Fault, Func<HttpRequest, bool> When)> _queue = [];

    public void Enqueue(FakeResponse fault, Func<HttpRequest, bool>? when)
    {
        ArgumentNullException.ThrowIfNull(fault);
        lock (_lock)
        {
            _queue.Add((fault, when ?? (_ => true)));
        }
    }

    /// <summary>Removes and returns the oldest fault whose condition accepts <paramref name="request"/>, if any.</summary>
    public FakeResponse? TakeFor(HttpRequest request)
    {
        lock (_lock)
        {
            var index = _queue.FindIndex(entry => entry.When(request));
            if (index < 0)
            {
                return null;
            }

            var fault = _queue[index].Fault;
            _queue.RemoveAt(index);
            return fault;
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _queue.Clear();
        }
    }
}
