using SCO.Arshjul.Grains.AnnualWheel.Template;
using SCO.Arshjul.Silo.Configuration.Yaml;

namespace SCO.Arshjul.Silo.Configuration;

/// <summary>
/// Reads the controls of an internkontrollplan: <c>id</c>, <c>area</c>, <c>title</c>, <c>probability</c> and
/// <c>consequence</c> (1–4), <c>method</c>, <c>responsible</c> (an internkontrollant's person id; left out, the
/// controls are shared round-robin) and <c>due</c> (a rule giving one date a year).
/// </summary>
internal static class ControlReader
{
    public static List<ControlTemplate> ReadAll(YamlMap plan, RosterChecks rosters)
    {
        var controls = new List<ControlTemplate>();
        foreach (var control in plan.Maps("controls", required: true))
        {
            control.AllowOnly("id", "area", "title", "probability", "consequence", "method", "responsible", "due");
            var id = Ids.Read(control, control.RequiredScalar("id"), "control");
            Ids.CheckUnique(control, control.RequiredScalar("id"), controls.Select(c => c.Id), "control");
            var responsible = control.Scalar("responsible") is { } person ? rosters.InternalControlAuditor(control, person) : null;
            controls.Add(new ControlTemplate(
                id,
                control.String("area"),
                control.String("title"),
                control.Int("probability", 1, 4),
                control.Int("consequence", 1, 4),
                control.String("method"),
                SingleDateRule(control, "due"),
                responsible));
        }

        return controls;
    }

    /// <summary>A rule that must give exactly one date a year (adoption, follow-up, a control's due date).</summary>
    public static RecurrenceRule SingleDateRule(YamlMap map, string key)
    {
        var when = map.Map(key);
        var rule = RuleReader.Read(when);
        var count = RuleReader.OccurrencesPerYear(rule);
        return count == 1 ? rule : throw when.Error($"'{key}' must give one date a year, but this rule gives {count}");
    }
}
