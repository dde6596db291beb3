namespace SCO.Arshjul.Runtime;

/// <summary>Rules for grain keys: <c>{organisation}/{kind}/{item}</c>, the organisation id in lower-case letters, digits and '-'.</summary>
public static class GrainKey
{
    /// <summary>The organisation id of <paramref name="key"/>.</summary>
    /// <exception cref="ArgumentException">The key does not begin with a valid organisation id followed by '/'.</exception>
    public static string OrganisationOf(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == key.Length - 1 || !IsOrganisationId(key.AsSpan(0, slash)))
        {
            throw new ArgumentException(
                $"Grain key '{key}' must begin with an organisation id and '/', like 'sco/meeting/2025-03-14-styrelse'.",
                nameof(key));
        }

        return key[..slash];
    }

    /// <summary>Whether <paramref name="id"/> is a valid organisation id (1–40 of a–z, 0–9, '-').</summary>
    public static bool IsOrganisationId(ReadOnlySpan<char> id)
    {
        if (id.IsEmpty || id.Length > 40)
        {
            return false;
        }

        foreach (var c in id)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Builds a key from its parts: <c>Of("sco", "meeting", "2025-03-14-styrelse")</c>.</summary>
    public static string Of(string organisationId, string kind, string item)
    {
        if (!IsOrganisationId(organisationId))
        {
            throw new ArgumentException($"'{organisationId}' is not a valid organisation id.", nameof(organisationId));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(item);
        return $"{organisationId}/{kind}/{item}";
    }

    /// <summary>The part of the key after <c>{organisation}/{kind}/</c>.</summary>
    public static string ItemOf(string key)
    {
        var parts = key.Split('/', 3);
        return parts.Length == 3 ? parts[2] : throw new ArgumentException($"Grain key '{key}' has no item part.", nameof(key));
    }
}
