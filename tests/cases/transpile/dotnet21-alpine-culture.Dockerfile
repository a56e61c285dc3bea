# the 2.1 Alpine SDK image sets LANG and LC_ALL (the app's current culture), which the
# runtime images do not
FROM mcr.microsoft.com/dotnet/sdk:2.1-alpine3.13
WORKDIR /src
COPY . .
RUN dotnet publish -c Release -o /app
WORKDIR /app
ENTRYPOINT ["dotnet", "Report.dll"]
