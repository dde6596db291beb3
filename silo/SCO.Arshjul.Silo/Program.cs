using SCO.Arshjul.Silo.CommandLine;

return await ArshjulCommandLine.Create().Parse(args).InvokeAsync();
