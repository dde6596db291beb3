using Microsoft.Extensions.Options;

namespace SCO.Arshjul.Notifications;

/// <summary>Rejects options whose <see cref="ISelfValidatingOptions.Errors"/> names any problem, naming them all.</summary>
internal sealed class SelfValidatingOptionsValidator<TOptions> : IValidateOptions<TOptions>
    where TOptions : class, ISelfValidatingOptions
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var errors = options.Errors();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
