using SCO.Arshjul.ClientApi.Tests.Fuzz;
using SCO.Arshjul.ClientApi.Tests.Support;

namespace SCO.Arshjul.ClientApi.Tests.Organisations;

/// <summary>Watches what the app has stored (<see cref="StoredState"/>) across requests that must store nothing.</summary>
public sealed class StoredWatch : IDisposable
{
    private readonly StoredState _stored;
    private Dictionary<string, string> _rows;
    private string _fingerprint;

    public StoredWatch(ArshjulWebFactory factory)
    {
        _stored = StoredState.Of(factory);
        (_rows, _fingerprint) = (_stored.Read(), _stored.Fingerprint());
    }

    /// <summary>Adds to <paramref name="failures"/> what <paramref name="request"/> stored, if anything, and watches on from there.</summary>
    public void Check(object request, List<string> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        if (_stored.Fingerprint() is var fingerprint && fingerprint == _fingerprint)
        {
            return;
        }

        var rows = _stored.Read();
        failures.Add($"{request} stored: {string.Join("; ", StoredState.Diff(_rows, rows))}");
        (_rows, _fingerprint) = (rows, fingerprint);
    }

    public void Dispose() => _stored.Dispose();
}
