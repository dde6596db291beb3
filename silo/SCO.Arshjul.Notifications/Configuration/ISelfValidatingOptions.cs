namespace SCO.Arshjul.Notifications;

/// <summary>Options that name what is wrong with them, for <see cref="SelfValidatingOptionsValidator{TOptions}"/>.</summary>
internal interface ISelfValidatingOptions
{
    /// <summary>Every problem (English, naming the configuration key), or nothing.</summary>
    IReadOnlyList<string> Errors();
}
