using System.Text.RegularExpressions;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Faults.Tests.Support;

/// <summary>
/// The repository's config/ copied for a cluster with one change: the internal controls get no reminders. The fault
/// tests that check off a thousand synthetic controls need them as things to write, not as a thousand Quartz jobs
/// that every node's start-up reconciliation would go through (about 20 s a start on a loaded 2-core machine).
/// </summary>
internal static partial class FaultConfig
{
    /// <summary>Writes the copy under <paramref name="parent"/>/config and returns it.</summary>
    public static DirectoryInfo WithoutControlReminders(DirectoryInfo parent)
    {
        var target = parent.CreateSubdirectory("config");
        foreach (var file in RepositoryRoot.Config.EnumerateFiles("*", SearchOption.AllDirectories))
        {
            var copy = new FileInfo(Path.Combine(target.FullName, Path.GetRelativePath(RepositoryRoot.Config.FullName, file.FullName)));
            copy.Directory!.Create();
            file.CopyTo(copy.FullName);
        }

        var reminders = Path.Combine(target.FullName, "reminders.yaml");
        var text = File.ReadAllText(reminders);
        var changed = ControlsBlock().Replace(text, "internalControls: { daysBefore: [], onTheDay: false, weeklyWhileOverdue: false }\n", 1);
        File.WriteAllText(reminders, changed != text ? changed : throw new InvalidOperationException($"No internalControls block in {reminders}"));
        return target;
    }

    [GeneratedRegex(@"^internalControls:\n(?:[ ]+.*\n)+", RegexOptions.Multiline)]
    private static partial Regex ControlsBlock();
}
