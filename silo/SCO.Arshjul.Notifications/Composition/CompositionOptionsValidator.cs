using Microsoft.Extensions.Options;

namespace SCO.Arshjul.Notifications.Composition;

/// <summary>Rejects invalid <see cref="CompositionOptions"/> at start, naming every problem.</summary>
internal sealed class CompositionOptionsValidator : IValidateOptions<CompositionOptions>
{
    public ValidateOptionsResult Validate(string? name, CompositionOptions options)
    {
        var errors = options.Errors();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
