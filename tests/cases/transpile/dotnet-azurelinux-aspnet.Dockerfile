# Azure Linux (RPMs, tdnf): the runner is the aspnet image of the same tag, with the
# SDK image's environment; no apt-get and no Debian package names anywhere
FROM mcr.microsoft.com/dotnet/sdk:8.0-azurelinux3.0
WORKDIR /src
COPY . .
RUN dotnet publish -c Release -o /app
WORKDIR /app
EXPOSE 8080
ENTRYPOINT ["dotnet", "Web.dll"]
