using System.CommandLine;

namespace SCO.Arshjul.Silo.CommandLine;

/// <summary>The <c>arshjul</c> command line: <c>run</c> (the default), <c>preview</c> and <c>graph check</c>.</summary>
internal static class ArshjulCommandLine
{
    public static RootCommand Create()
    {
        var config = new Option<DirectoryInfo>("--config")
        {
            Description = "The configuration directory (organisations/, arshjul/).",
            DefaultValueFactory = _ => new DirectoryInfo("config"),
            Recursive = true,
        };
        var run = RunCommand.Create(config);
        var root = new RootCommand("SCO.Arshjul: the samordningsförbund's governance year (årshjul), run by grains.") { config, run, PreviewCommand.Create(config), GraphCheckCommand.Create() };
        root.SetAction((result, cancellationToken) =>
            RunCommand.RunAsync(new RunOptions(result.GetValue(config)!), cancellationToken));
        return root;
    }
}
