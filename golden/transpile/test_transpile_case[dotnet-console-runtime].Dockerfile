FROM mcr.microsoft.com/dotnet/sdk:8.0 AS builder
WORKDIR /src
COPY . .
RUN dotnet publish Worker/Worker.csproj -c Release -o /out

FROM mcr.microsoft.com/dotnet/aspnet:8.0
# the SDK image's DOTNET_USE_POLLING_FILE_WATCHER=true, which the app ran with
ENV DOTNET_USE_POLLING_FILE_WATCHER=true
WORKDIR /out
# files the program may read at run time (config, templates, static files)
COPY . /src/
COPY --from=builder /out /out
ENTRYPOINT ["dotnet", "Worker.dll"]
