FROM mcr.microsoft.com/dotnet/sdk:latest
WORKDIR /app
COPY . .
RUN dotnet publish -c Release -o out
ENTRYPOINT ["dotnet", "out/App.dll"]
