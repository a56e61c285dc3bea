FROM ros:kinetic
RUN apt-get update && apt-get install -y python-pip python-dev gcc ros-$ROS_DISTRO-rosbridge-server && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
CMD ["python", "node.py"]
