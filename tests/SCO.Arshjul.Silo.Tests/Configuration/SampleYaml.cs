namespace SCO.Arshjul.Silo.Tests.Configuration;

/// <summary>Small valid configuration files; the tests break one line at a time, so the line numbers below matter.</summary>
internal static class SampleYaml
{
    public const string Organisation = """
        id: sco
        name: Samordningsförbundet Test
        shortName: ST
        bodies:
          - id: styrelse
            kind: styrelse
            name: Styrelsen
          - id: kansli
            kind: kansli
            name: Kansliet
        people:
          - id: anna-ek
            name: Anna Ek
            email: anna.ek@example.org
            memberships:
              - body: styrelse
                role: ordförande
                organisation: Kinda kommun
              - body: styrelse
                role: internkontrollant
          - id: bo-berg
            name: Bo Berg
            email: bo.berg@example.org
            memberships:
              - body: kansli
                role: förbundschef

        """;

    public const string Template = """
        activities:
          - id: styrelsemote
            type: meeting
            kind: board-meeting
            title: Styrelsemöte
            bodies: [styrelse]
            when: { every: month, except: [januari, 7], weekday: fredag, nth: 2 }
            start: "09:00"
            end: "12:00"
            agenda: [Ekonomisk rapport (utfall och prognos)]
          - id: arsredovisning
            type: deadline
            kind: annual-report
            title: Årsredovisning {previousYear}
            bodies: [styrelse]
            when: { meeting: styrelsemote, months: [april] }
          - id: skyddsrond
            type: sam
            title: Skyddsrond
            when: { months: [maj, november], day: 15 }
            responsible: förbundschef
        internalControl:
          adoptBy: { meeting: styrelsemote, months: februari }
          followUp: { date: 10-15 }
          controls:
            - id: attest
              area: Ekonomi
              title: Attest och delegationsordning
              probability: 2
              consequence: 3
              method: Stickprov
              due: { date: 09-30 }

        """;

    public const string YearFile = """
        organisation: sco
        year: 2025
        activities:
          - id: styrelsemote
            assumed: true
            dates:
              - 2025-02-14
              - date: 2025-04-04
                assumed: false
                source: ÅR 2023 beslutad 2024-04-05
              - date: 2025-06-13
                start: "13:00"
                end: "16:00"
                location: Digitalt
          - id: extra
            type: meeting
            kind: board-meeting
            title: Extra styrelsemöte
            bodies: [styrelse]
            start: "15:00"
            end: "16:00"
            dates: [2025-08-29]
        internalControl:
          adoptBy: { date: 2025-02-14, assumed: true }
          followUp: { date: 2025-10-10 }

        """;
}
