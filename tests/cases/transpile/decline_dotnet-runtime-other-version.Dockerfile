# --runtime aspnet:9.0 for an app published with the 8.0 SDK: the original runs it on
# the SDK image's .NET 8.0 runtime, and the host does not roll forward to 9.0
FROM mcr.microsoft.com/dotnet/sdk:8.0
WORKDIR /src
COPY . .
RUN dotnet publish -c Release -o /app
WORKDIR /app
EXPOSE 8080
ENTRYPOINT ["dotnet", "Web.dll"]
