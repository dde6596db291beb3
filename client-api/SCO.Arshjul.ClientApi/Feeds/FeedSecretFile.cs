using SCO.Arshjul.ClientApi.Identity;

namespace SCO.Arshjul.ClientApi.Feeds;

/// <summary>
/// A generated feed secret kept in a file, so that links survive restarts: created once with 32 random bytes
/// (base64url), readable and writable by the owner only, and read as it is ever after.
/// </summary>
internal static class FeedSecretFile
{
    /// <summary>The secret in <paramref name="path"/>; creates the file first when it does not exist.</summary>
    /// <param name="created">True when this call created the file.</param>
    /// <exception cref="InvalidOperationException">The file exists but holds no secret.</exception>
    public static string ReadOrCreate(string path, out bool created)
    {
        created = false;
        if (Read(path) is { } existing)
        {
            return existing;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".feed-secret-{Guid.NewGuid():N}.tmp");
        try
        {
            WriteOwnerOnly(temporary, Secrets.New());

            // Moving without overwrite is atomic: when two processes start at once, one file wins and both read it.
            File.Move(temporary, path, overwrite: false);
            created = true;
        }
        catch (IOException) when (File.Exists(path))
        {
        }
        finally
        {
            File.Delete(temporary);
        }

        return Read(path) ?? throw new InvalidOperationException($"The feed secret file {path} is empty; delete it to have a new secret generated.");
    }

    private static string? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var secret = File.ReadAllText(path).Trim();
        return secret.Length == 0 ? null : secret;
    }

    private static void WriteOwnerOnly(string path, string secret)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var writer = new StreamWriter(new FileStream(path, options));
        writer.Write(secret);
    }
}
