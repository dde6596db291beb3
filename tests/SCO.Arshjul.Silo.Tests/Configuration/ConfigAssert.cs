using SCO.Arshjul.Silo.Configuration;

namespace SCO.Arshjul.Silo.Tests.Configuration;

internal static class ConfigAssert
{
    /// <summary>Asserts that <paramref name="load"/> fails with exactly <c>{file}:{line}:{column}: {reason}</c>.</summary>
    public static ConfigurationException Fails(Action load, string file, int line, int column, string reason)
    {
        var error = Assert.Throws<ConfigurationException>(load);
        Assert.Equal($"{file}:{line}:{column}: {reason}", error.Message);
        Assert.Equal((file, line, column, reason), (error.File, error.Line, error.Column, error.Reason));
        return error;
    }
}
