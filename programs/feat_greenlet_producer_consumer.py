# Producer/consumer with two greenlets handing values back and forth.
from greenlet import greenlet


def producer():
    for item in ["bread", "milk", "eggs"]:
        print("produce", item)
        consumer_g.switch(item)
    consumer_g.switch(None)
    print("producer exits")


def consumer():
    basket = []
    while True:
        item = producer_g.switch()
        if item is None:
            break
        print("consume", item)
        basket.append(item)
    return basket


consumer_g = greenlet(consumer)
producer_g = greenlet(producer)
print("result:", consumer_g.switch())
print(consumer_g.dead, producer_g.dead)
